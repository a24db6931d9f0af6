export { tokenize } from './tokenize.js';
