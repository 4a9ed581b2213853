# Zhejiang: 《浙江省信访条例》 (2016 text), petition-rules.md §1.2 [P for the 2016 text; whether it still applies after the
# 2022 条例 is U]. Only what differs from the national profile; everything else is inherited.
id = zhejiang
version = 2016
region = 330000
source = 《浙江省信访条例》(2016)
extends = national
ACCEPTANCE_NOTICE = 5 working-days | 浙江省信访条例 Art 20
HANDLING = 30 calendar-days | 浙江省信访条例 Art 23
HANDLING_EXTENSION = 60 calendar-days | 浙江省信访条例 Art 23
