// Package analyzer is errcodecheck's go/analysis analyzer.
package analyzer

// Doc is the analyzer's documentation: a title line, then the manual.
const Doc = `check HTTP errors against the error-code catalog

errcodecheck inspects every construction of an HTTP error and reports
codes not registered in the catalog, statuses that do not match the code,
code symbols of one namespace used in another and messages that name a
different code.`
