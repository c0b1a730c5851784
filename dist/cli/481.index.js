export const id = 481;
export const ids = [481];
export const modules = {

/***/ 35481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderReportFile: () => (/* binding */ renderReportFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_html_render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44223);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96867);
/* harmony import */ var _report_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95756);
// `loadtest report results.json --html FILE`: a report.html from a results.json, after the fact.






/** renderReportFile renders a results.json (a run, a canary, a rollout or merged shards) as report.html, after the fact. */
async function renderReportFile(args, io) {
    const source = args.paths[0];
    const target = args.html ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(source), 'report.html');
    let report;
    try {
        report = (0,_report_read_js__WEBPACK_IMPORTED_MODULE_5__/* .readResults */ .x)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(source, 'utf8'), source);
    }
    catch (error) {
        const code = error.code;
        io.err(`error: ${code === 'ENOENT' ? `${source}: no such file` : error.message}`);
        return _report_model_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CODES */ .ai.config;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(target, (0,_report_html_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderHtmlReport */ .w)(report));
    io.out(`Wrote ${target} (${report.mode === 'rollout' ? `rollout, ${report.stages.length} stages` : `${report.mode}${report.merged ? `, merged from ${report.merged.shards.length} shards` : ''}`}, verdict ${report.verdict})`);
    return 0;
}


/***/ })

};
