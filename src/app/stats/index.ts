// Service figures (issue 18, part 2): read models only; the waiting-time target is a service setting
// (app/organisation).
export { readFigures, type FigureGroup, type FigureRow, type FiguresReport, type TimeFigures } from './service-figures.ts';
export { visitExport, figuresExport, type VisitEntry, type ExportFormat } from './figures-export.ts';
export type { FiguresViewer } from './figures-scope.ts';
export { rollUpFigures } from './roll-up-figures.ts';
