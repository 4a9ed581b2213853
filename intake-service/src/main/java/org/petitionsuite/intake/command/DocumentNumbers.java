package org.petitionsuite.intake.command;

import java.util.Map;
import org.petitionsuite.contract.DocumentType;

/**
 * 文号 (GB/T 9704-2012 §7.2.3) of the documents the procedure issues: each issuing organ numbers each series from 1
 * every year, e.g. 上城信处〔2026〕17号. The sequence is kept outside the petition (it spans all petitions of the organ,
 * {@code documents.DocumentSequences}) and advances in the command's transaction, so a refused command leaves no gap.
 */
public interface DocumentNumbers {

    /** The series character(s) after the organ's 代字, per document type. */
    Map<DocumentType, String> SERIES = Map.ofEntries(
            Map.entry(DocumentType.ACCEPTANCE_NOTICE, "受"),
            Map.entry(DocumentType.NON_ACCEPTANCE_NOTICE, "不受"),
            Map.entry(DocumentType.EXTENSION_NOTICE, "延"),
            Map.entry(DocumentType.HANDLING_OPINION, "处"),
            Map.entry(DocumentType.AGREEMENT, "调"),
            Map.entry(DocumentType.REVIEW_OPINION, "复查"),
            Map.entry(DocumentType.RE_REVIEW_OPINION, "复核"),
            Map.entry(DocumentType.NOT_ACCEPTED_AGAIN_NOTICE, "不再受"),
            Map.entry(DocumentType.CHANNEL_NOTICE, "导"),
            Map.entry(DocumentType.REPRESENTATIVES_NOTICE, "代"),
            Map.entry(DocumentType.FORWARDING_SLIP, "转"),
            Map.entry(DocumentType.ASSIGNMENT_SLIP, "交"),
            Map.entry(DocumentType.ROUTE_NOTICE, "告"),
            Map.entry(DocumentType.COMPLETION_REPORT, "办结"),
            Map.entry(DocumentType.HEARING_RECORD, "听证"),
            Map.entry(DocumentType.OBJECTION_LETTER, "异"));

    /** The next number of the organ's series of {@code type} in {@code year}, formatted. */
    String next(String organCode, String organName, DocumentType type, int year);

}
