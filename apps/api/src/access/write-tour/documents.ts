import { PDF_BYTES } from "../../resources/agreements/fixtures.ts";
import type { Scenario } from "./kit.ts";
import { v1 } from "./world.ts";

/** The write tour's scenario for documents: a signed scan uploaded as the raw body. */
export const documentScenarios: Record<string, Scenario> = {
  "POST /api/v1/documents": {
    type: "document",
    action: "create",
    status: 201,
    read: (id) => `${v1}/documents/${id}`,
    prepare: async () => ({
      url: `${v1}/documents?purpose=signed_agreement&fileName=pks-tur.pdf`,
      raw: { body: new TextDecoder().decode(PDF_BYTES), contentType: "application/pdf" },
    }),
  },
};
