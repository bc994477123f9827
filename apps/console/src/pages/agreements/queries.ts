import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { api, type Schemas, unwrap } from "../../api/client.ts";

/** One agreement, its history and its action plan. */
export function useAgreement(id: () => string) {
  const agreement = useQuery(() => ({
    queryKey: ["agreement", id()],
    queryFn: async () => unwrap(await api.GET("/api/v1/agreements/{id}", { params: { path: { id: id() } } })),
  }));
  const history = useQuery(() => ({
    queryKey: ["agreement", id(), "history"],
    enabled: agreement.isSuccess,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/agreements/{id}/history", { params: { path: { id: id() } } })),
  }));
  const actionItems = useQuery(() => ({
    queryKey: ["agreement", id(), "action-items"],
    enabled: agreement.isSuccess,
    queryFn: async () =>
      unwrap(await api.GET("/api/v1/agreements/{id}/action-items", { params: { path: { id: id() } } })).items,
  }));
  const client = useQueryClient();
  return {
    agreement,
    history,
    actionItems,
    /** After a move or an edit: show the agreement as the API answered, and refresh what depends on it. */
    settled: async (next?: Schemas["Agreement"]) => {
      if (next) client.setQueryData(["agreement", next.id], next);
      await client.invalidateQueries({ queryKey: ["agreement", id()] });
      await client.invalidateQueries({ queryKey: ["agreements"] });
    },
  };
}
