// Package analyzer is errcodecheck's go/analysis analyzer: it checks every
// construction of an HTTP error against an error-code catalog.
//
// # Catalog
//
// A catalog is a Markdown table of errors, each with an HTTP status, a
// business code and a name (see package catalog for the format). Without
// configuration the catalog embedded in this module is used: namespaces
// user (8 codes) and platform (48 codes).
//
// # Checks
//
// Every diagnostic carries its check's name as its category:
//
//   - unknown-code: a constant code is not registered in the catalog (in
//     the package's namespace, when it belongs to one; else in any
//     namespace). Likely typos name the closest registered codes.
//   - status-mismatch: a constant HTTP status differs from the code's
//     registered status (for an unregistered code of the catalog's width
//     under the prefix rule: from its first three digits). The suggested fix replaces the status
//     with the net/http constant, adding the import when needed.
//   - namespace: a package of namespace P refers, anywhere, to a code
//     symbol of another namespace U: a constant declared in a package of U
//     whose value is registered in U, or a package-level variable of U
//     initialized by a construction with such a constant code.
//   - message-mismatch: a constant message equals the catalog name of a
//     different entry than the code used. The fix puts the code's own name.
//   - directive: a malformed //errcodecheck:constructor directive, one
//     outside a function's doc comment, a near miss of either directive
//     (misspelled, "// errcodecheck:", capitals, a colon after the name, a
//     block comment), or an //errcodecheck:ignore without a reason or that
//     silences nothing.
//
// Values are read as Go constants through the type checker: literals,
// named and typed constants from any package, arithmetic, conversions,
// iota and net/http's StatusXxx. Non-constant values are never reported.
//
// # What counts as a construction
//
//  1. Configured constructors: functions and methods named in the config
//     with the positions (index or parameter name) of status, code and
//     message.
//  2. Configured struct types: composite literals, by field name.
//  3. Directives: a function whose doc comment has
//     //errcodecheck:constructor status=PARAM code=PARAM [message=PARAM];
//     status=400 fixes the status of every call. Directives work across
//     packages (facts).
//  4. Inferred wrappers: a function that passes its own parameters,
//     unchanged, as the code (and status or message) of a construction is a
//     constructor for its callers in every package (facts, as the printf
//     analyzer infers printf wrappers). A wrapper that passes a constant
//     status carries it (BadRequest(code) -> status 400); one that derives
//     the status from the code is code-only. A parameter that is reassigned
//     or whose address is taken disqualifies.
//  5. Naming heuristics (on by default; -heuristics=false or the config key
//     heuristics: false turns them off): functions with a status parameter
//     named httpCode, httpStatus (HTTPStatus), httpStatusCode, statusCode
//     or status and a code parameter named code, errorCode, errCode,
//     bizCode, businessCode, errno or retCode, both of an integer type
//     (signed, unsigned or a named integer type); a string parameter
//     msg/message/errMsg/errorMessage is the message. Both names are
//     needed: a lone code or status is no constructor. The status may be
//     variadic (func New(code uint32, msg string, httpCode ...int)); a call
//     without it has no status to check. Struct literals count with fields
//     named the same way, except that a field named just Status does not
//     count as the status. Names compare ignoring case. Wrappers of
//     heuristic constructors are inferred too.
//
// # Configuration
//
// One file, .errcodecheck.yml, is found by walking up from each package's
// directory (memoized per directory), or given with -config. The same keys
// are the golangci-lint plugin's settings.
//
//	catalog: docs/errcodes.md        # relative to this file; default: embedded
//	code-digits: 8                   # or "any"; overrides the catalog's rules
//	prefix-rule: true
//	heuristics: true
//	namespaces:                      # a list of name + go list patterns
//	  - name: user
//	    packages: ["example.com/shop/user/..."]
//	  - name: platform
//	    packages: ["example.com/shop/platform/..."]
//	constructors:
//	  - func: example.com/shop/apierr.New       # types.Func.FullName form
//	    status: 0
//	    code: 1
//	    message: 2
//	  - func: "(*example.com/shop/web.Context).Fail"
//	    status: status
//	    code: code
//	    message: msg
//	  - type: example.com/shop/apierr.Error     # composite literals
//	    status: HTTPCode
//	    code: ErrorCode
//	    message: Message
//
// Package patterns follow go list ("x/..." matches x and below); x_test
// belongs where x belongs; the most specific matching pattern wins and two
// equally specific ones of different namespaces are an error, and so is one
// pattern listed in two namespaces. Unknown keys,
// bad patterns (anything go list could not match, such as x/*), namespaces
// missing from the catalog, and constructors that name no function, type,
// parameter or field of their package are errors naming the file, line and
// key: a typo never switches a check off. A constructor whose package lies
// in the config's own module (the nearest go.mod above the config) must
// name a directory with Go files; one of another module that no analyzed
// package imports is reported after a standalone run. A code-digits or
// prefix-rule the catalog's codes do not fit is one error naming the key.
// A config is one YAML document (a second "---" is an error); syntax
// errors name a line; a config must be a regular file of at most 1 MiB.
//
// # Flags
//
//	-config FILE      use FILE for every package instead of searching
//	-heuristics=false turn naming heuristics off (overrides the config)
//	-generated        also report in generated files (skipped by default)
//
// # Directives
//
//	//errcodecheck:constructor status=PARAM code=PARAM [message=PARAM]
//	//errcodecheck:ignore REASON
//
// An ignore directive at the end of a line silences that line's
// diagnostics; one on a line of its own silences the next line's too. The
// reason is required, and a directive that silences nothing is reported.
// golangci-lint's //nolint:errcodecheck works too.
//
// Directives are written exactly so: a line comment, no space after //,
// lowercase. A near miss (//errcodecheck:constructr, // errcodecheck:ignore,
// //errcodecheck:Constructor, //errcodecheck:ignore:, /* errcodecheck:ignore */)
// and an unknown //errcodecheck:NAME are directive diagnostics naming the
// form meant, as is a constructor directive outside a function's doc
// comment.
package analyzer
