# National time limits of the 《信访工作条例》 (2022), petition-rules.md §1.1. Statute [P] except where marked [U].
# Format: STEP = LENGTH calendar-days|working-days | ARTICLE
id = national
version = 2022
region = 000000
source = 《信访工作条例》(2022)
# A calendar-day period ending on a rest day ends on the next working day (民法典 Art 203 ¶1, by analogy) [U].
extend-past-rest-days = true
FORWARD_OR_ASSIGN = 15 calendar-days | 条例 Art 22 ¶1
ACCEPTANCE_NOTICE = 15 calendar-days | 条例 Art 23 ¶2–3
OBJECTION = 5 working-days | 条例 Art 23 ¶3
HANDLING = 60 calendar-days | 条例 Art 34
HANDLING_EXTENSION = 30 calendar-days | 条例 Art 34
REVIEW_REQUEST = 30 calendar-days | 条例 Art 35
REVIEW_ANSWER = 30 calendar-days | 条例 Art 35
RE_REVIEW_REQUEST = 30 calendar-days | 条例 Art 36 ¶1
RE_REVIEW_ANSWER = 30 calendar-days | 条例 Art 36 ¶1–2
# [U] The evaluation window of the 2022 national satisfaction method was not found; 15 days is our default.
EVALUATION = 15 calendar-days | 国信发〔2022〕11号 [U]
