import { CORPUS_PARTS, evaluate, formatReport, loadCorpus } from './lib/extract/corpus-support';
const outcomes = CORPUS_PARTS.flatMap((p) => loadCorpus(p)).map((entry) => evaluate(entry));
console.log(formatReport(outcomes));
