// The tool's name and version, as reports and the User-Agent header show them. A test keeps the
// version equal to package.json's.
export const TOOL_NAME = 'loadtest-action';
export const TOOL_VERSION = '1.0.0';
