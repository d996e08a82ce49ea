// Export for the test host: placeholder until the export service lands (replaced below).
import type { ExportProgressEvent, ExportRequest, ExportResult } from '../../../src/shared/ipc-types';
import type { WorkspaceService } from '../../../src/services/workspace';

export async function runExport(_workspace: WorkspaceService, _request: ExportRequest, _outDir: string, _progress: (p: ExportProgressEvent) => void): Promise<ExportResult> {
  return { ok: false, cancelled: false, message: 'export service not available yet' };
}
