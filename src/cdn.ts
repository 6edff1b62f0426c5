/**
 * The single-file bundle for pages that can only add a script tag:
 * `<script type="module" src="stegvis.js"></script>` registers every element, and the module
 * exports the classes and the SDK (built-in instruments, sample data, scoring).
 */
import './define.js';
export * from './index.js';
