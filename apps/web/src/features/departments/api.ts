import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { CreateDepartmentRequest, DepartmentDto } from '../../app/types.ts';

export const departmentsKey = ['departments'] as const;

export function useDepartments() {
  return useQuery({
    queryKey: departmentsKey,
    queryFn: () => api.get<{ items: DepartmentDto[] }>('/api/departments').then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}

export function useCreateDepartment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDepartmentRequest) => api.post<DepartmentDto>('/api/departments', input),
    onSuccess: () => client.invalidateQueries({ queryKey: departmentsKey }),
  });
}

export interface DepartmentNode extends DepartmentDto {
  children?: DepartmentNode[];
}

/** Departments as a forest by parentId (orphans, whose parent is not visible, become roots). */
export function buildDepartmentTree(items: readonly DepartmentDto[]): DepartmentNode[] {
  const byId = new Map<string, DepartmentNode>(items.map((d) => [d.id, { ...d }]));
  const roots: DepartmentNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (nodes: DepartmentNode[]) => {
    nodes.sort((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name, 'zh-CN'));
    for (const n of nodes) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}
