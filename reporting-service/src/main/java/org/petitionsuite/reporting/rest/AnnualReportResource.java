package org.petitionsuite.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.petitionsuite.contract.DivisionCode;
import org.petitionsuite.documents.DocumentText;
import org.petitionsuite.documents.PdfDocuments;
import org.petitionsuite.kit.Violations;
import org.petitionsuite.kit.rest.InvalidRequestException;
import org.petitionsuite.kit.rest.PdfResponse;
import org.petitionsuite.kit.security.Caller;
import org.petitionsuite.limits.WorkingDayCalendar;
import org.petitionsuite.reporting.annual.AnnualReportText;
import org.petitionsuite.reporting.annual.AnnualReports;
import org.petitionsuite.reporting.annual.ReportSettings;

/** 信访情况年度报告 (条例 Art 41 ¶1): a region's petition department's report on a year, as figures, HTML and PDF. */
@Path("/api/v1/reporting/annual-report")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Caller.SUPERVISOR, Caller.ANALYST, Caller.ADMIN})
public class AnnualReportResource {
    private final Caller caller;
    private final AnnualReports reports;
    private final ReportSettings settings;
    private final PdfDocuments pdfs;

    AnnualReportResource(Caller caller, AnnualReports reports, ReportSettings settings, PdfDocuments pdfs) {
        this.caller = caller;
        this.reports = reports;
        this.settings = settings;
        this.pdfs = pdfs;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The figures of a region's annual petition report (条例 Art 41 ¶1)",
            description = "region: a division code inside the caller's (default: the caller's). year: the year reported on "
                    + "(default: last year, Beijing time); the current year counts up to today. (一) statistics, fields and the "
                    + "organs most complained about (named by at least reporting.league.min-cases petitions); (二) forwarded, "
                    + "assigned and 督办; (三) the Art 40 recommendations and what was adopted.")
    public AnnualReports.Report figures(@QueryParam("region") String region, @QueryParam("year") String year) {
        return report(region, year, (report, scope) -> report);
    }

    @GET
    @Path("report.html")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @Operation(summary = "The annual report as a printable HTML page, signed by the region's petition department")
    public Response html(@QueryParam("region") String region, @QueryParam("year") String year) {
        return report(region, year, (report, scope) -> Response.ok(text(report, scope).html(),
                MediaType.TEXT_HTML + ";charset=utf-8").build());
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The annual report as an A4 PDF/A-2b with embedded fonts (503 when the service's fonts are missing)")
    public Response pdf(@QueryParam("region") String region, @QueryParam("year") String year, @jakarta.ws.rs.core.Context UriInfo uri) {
        return report(region, year, (report, scope) -> PdfResponse.of(pdfs.render(text(report, scope)),
                "annual-report-" + scope.twelveDigits() + "-" + report.year(), pdfs.unavailableReason(), uri));
    }

    private interface Rendering<T> {
        T apply(AnnualReports.Report report, DivisionCode scope);
    }

    private <T> T report(String region, String year, Rendering<T> rendering) {
        Violations violations = new Violations();
        DivisionCode scope = caller.regionWithin(region, violations);
        LocalDate today = WorkingDayCalendar.dayOf(Instant.now());
        int reported = today.getYear() - 1;
        if (year != null && !year.isBlank()) {
            try {
                reported = Integer.parseInt(year.strip());
                if (reported < 2000 || reported > today.getYear()) {
                    violations.add("query.year", "is a year from 2000 to " + today.getYear());
                }
            } catch (NumberFormatException e) {
                violations.add("query.year", "is a year such as " + (today.getYear() - 1));
            }
        }
        violations.refuseIfAny(InvalidRequestException::new);
        return rendering.apply(reports.of(scope.scopePrefix(), reported, today), scope);
    }

    private DocumentText text(AnnualReports.Report report, DivisionCode scope) {
        String code = scope.twelveDigits().substring(0, 6);
        String department = settings.departments().getOrDefault(code, "行政区划" + code + "信访部门");
        String addressees = settings.addressees().getOrDefault(code, "本级党委和政府、上一级信访部门");
        return AnnualReportText.of(report, department, addressees, WorkingDayCalendar.dayOf(Instant.now()));
    }
}
