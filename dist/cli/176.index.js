export const id = 176;
export const ids = [176];
export const modules = {

/***/ 26176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   importFile: () => (/* binding */ importFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _har_import_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59010);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96867);
// `loadtest import har FILE.har`: a browser recording as a flow config on stdout (redirect it to a
// file), what was kept, dropped and which variables to set on stderr.



function importFile(args, io) {
    const [file] = args.paths;
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        io.err(`error: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error.message}`);
        return _report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_CODES */ .ai.config;
    }
    try {
        const imported = (0,_har_import_js__WEBPACK_IMPORTED_MODULE_1__/* .importHar */ .V)(text, file);
        io.out(imported.yaml);
        for (const note of imported.notes)
            io.err(note);
        return 0;
    }
    catch (error) {
        if (!(error instanceof _har_import_js__WEBPACK_IMPORTED_MODULE_1__/* .HarError */ .w))
            throw error;
        io.err(`error: ${error.message}`);
        return _report_model_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_CODES */ .ai.config;
    }
}


/***/ })

};
