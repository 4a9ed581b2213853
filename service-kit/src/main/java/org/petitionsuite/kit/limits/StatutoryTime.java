package org.petitionsuite.kit.limits;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.petitionsuite.limits.LimitProfiles;
import org.petitionsuite.limits.WorkingDayCalendar;

/** statutory-limits' profiles and working-day calendar as beans, the same in every service. */
@Singleton
public class StatutoryTime {

    @Produces
    @Singleton
    LimitProfiles limitProfiles() {
        return LimitProfiles.shipped();
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.china();
    }
}
