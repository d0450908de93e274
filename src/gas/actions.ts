/**
 * Entry points whose code lives in the on-demand actions module (src/gas/actions-module.ts):
 * each loads it and passes its arguments on, so that Code.js stays small.
 */
import type { DocumentRequest } from "../documents/sheets-module.ts";
import type { ArchiveReply } from "./archive.ts";
import type { ImportReply, ImportRequest, IntakePreview } from "./import.ts";
import { actions } from "./on-demand.ts";
import type { KitReply } from "./plaque-kit.ts";
import type { ReportExport } from "./report.ts";

export function archiveSemester(): ArchiveReply {
  return actions().archiveSemester();
}

export function unarchiveSemester(reason: string): ArchiveReply {
  return actions().unarchiveSemester(reason);
}

export function menuArchive(): void {
  actions().menuArchive();
}

export function previewImport(request: ImportRequest): IntakePreview {
  return actions().previewImport(request);
}

export function applyImport(request: ImportRequest): ImportReply {
  return actions().applyImport(request);
}

export function showImportDialog(): void {
  actions().showImportDialog();
}

export function menuImport(): void {
  actions().menuImport();
}

export function plaqueKitPages(options: { all?: boolean }): KitReply {
  return actions().plaqueKitPages(options);
}

export function menuPlaqueKit(): void {
  actions().menuPlaqueKit();
}

export function menuRegisterPlaques(): void {
  actions().menuRegisterPlaques();
}

export function showExportDialog(kind?: unknown): void {
  actions().showExportDialog(kind);
}

export function menuExportReport(): void {
  actions().menuExportReport();
}

export function exportReport(request: DocumentRequest): ReportExport {
  return actions().exportReport(request);
}
