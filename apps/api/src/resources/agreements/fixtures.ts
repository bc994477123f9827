/** Everything signing needs, with a 2024-03-05 .. 2027-03-04 term. */
export const signingFacts = {
  facilityDocumentNumber: "W17.PAS.PAS.10-PK.01.05-123",
  partnerDocumentNumber: "440/123/DINKES/2024",
  signatories: [
    { name: "Budi Santoso", title: "Kepala Rutan", side: "facility" },
    { name: "dr. Siti Aminah", title: "Kepala Dinas Kesehatan", side: "partner" },
  ],
  signedDocument: { fileName: "pks-dinkes.pdf", mediaType: "application/pdf", sha256: "A".repeat(64) },
  startDate: "2024-03-05",
  endDate: "2027-03-04",
};
