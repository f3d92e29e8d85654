package gen

import (
	"fmt"
	"strings"
)

// numInfra is the number of fixed packages every corpus has: apierr, web,
// wrap/w1, wrap/w2, and codes and errs of each namespace.
const numInfra = 8

// wrapperStatuses are the statuses with fixed-status wrappers in w1 and w2.
var wrapperStatuses = []int{400, 401, 403, 404, 412, 500}

// w1Names and w2Names name the fixed-status wrappers: w2's call w1's, which
// call apierr.New, so that callers of w2 sit at the end of a chain of
// wrappers across three packages.
var (
	w1Names = map[int]string{400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 412: "PreconditionFailed", 500: "InternalError"}
	w2Names = map[int]string{400: "InvalidInput", 401: "LoginRequired", 403: "AccessDenied", 404: "Missing", 412: "StaleState", 500: "Crash"}
)

const apierrSrc = `// Package apierr is the monorepo's HTTP API error.
package apierr

import "fmt"

// Error is an API error: the HTTP status, the business code of the
// error-code catalog and a message for the client.
type Error struct {
	HTTPCode  int
	ErrorCode int
	Message   string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%d %d: %s", e.HTTPCode, e.ErrorCode, e.Message)
}

// New returns an API error.
func New(status, code int, msg string) *Error {
	return &Error{HTTPCode: status, ErrorCode: code, Message: msg}
}

// Is reports whether err is an API error with the given code.
func Is(err error, code int) bool {
	e, ok := err.(*Error)
	return ok && e.ErrorCode == code
}
`

const webSrc = `// Package web is the monorepo's request context.
package web

import (
	"strconv"

	"example.com/monorepo/apierr"
)

// Context carries one request through the handlers.
type Context struct {
	Path    string
	Header  map[string]string
	written int
}

// Fail returns an API error for the request and records its status.
func (c *Context) Fail(status, code int, msg string) error {
	c.written = status
	return apierr.New(status, code, msg)
}

// Reject turns the request down with status 400.
//
//errcodecheck:constructor status=400 code=code message=msg
func (c *Context) Reject(code int, msg string) error {
	c.written = 400
	return &rejection{code: code, text: msg}
}

// Status returns the status written so far.
func (c *Context) Status() int { return c.written }

type rejection struct {
	code int
	text string
}

func (r *rejection) Error() string { return strconv.Itoa(r.code) + ": " + r.text }
`

// infra writes the fixed packages.
func (g *generator) infra() error {
	var w1, w2 strings.Builder
	w1.WriteString("// Package w1 has one constructor per HTTP status.\npackage w1\n\nimport (\n\t\"net/http\"\n\n\t\"" + Module + "/apierr\"\n)\n")
	w2.WriteString("// Package w2 names the errors of the service layer.\npackage w2\n\nimport (\n\t\"" + Module + "/apierr\"\n\t\"" + Module + "/wrap/w1\"\n)\n")
	for _, s := range wrapperStatuses {
		fmt.Fprintf(&w1, "\n// %s returns an API error with status %d.\nfunc %s(code int, msg string) *apierr.Error {\n\treturn apierr.New(http.%s, code, msg)\n}\n",
			w1Names[s], s, w1Names[s], httpNames[s])
		fmt.Fprintf(&w2, "\n// %s returns an API error with status %d.\nfunc %s(code int, msg string) *apierr.Error {\n\treturn w1.%s(code, msg)\n}\n",
			w2Names[s], s, w2Names[s], w1Names[s])
	}
	w2.WriteString("\n// Fail returns an API error with any status.\nfunc Fail(status, code int, msg string) *apierr.Error {\n\treturn apierr.New(status, code, msg)\n}\n")
	for _, f := range []struct{ path, src string }{
		{"apierr/apierr.go", apierrSrc},
		{"web/web.go", webSrc},
		{"wrap/w1/w1.go", w1.String()},
		{"wrap/w2/w2.go", w2.String()},
	} {
		if err := g.addGo(f.path, []byte(f.src)); err != nil {
			return err
		}
	}
	for _, ns := range []*namespace{g.tab.user, g.tab.platform} {
		if err := g.addGo(ns.name+"/codes/codes.go", codesSrc(ns)); err != nil {
			return err
		}
		if err := g.addGo(ns.name+"/errs/errs.go", g.errsSrc(ns)); err != nil {
			return err
		}
	}
	return nil
}

// codesSrc declares a namespace's codes, plus constants that are not codes
// of the namespace (near misses for the namespace check).
func codesSrc(ns *namespace) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package codes holds the error codes of the %s namespace.\npackage codes\n\nconst (\n", ns.name)
	for _, c := range ns.codes {
		fmt.Fprintf(&b, "\t// %s is registered with status %d.\n\t%s = %d\n", c.ident, c.status, c.ident, c.value)
	}
	b.WriteString(")\n\n// MaxNameLen is the longest name accepted; not an error code.\nconst MaxNameLen = 64\n")
	fmt.Fprintf(&b, "\n// LegacyAuthCode is what old clients send after a failed login. It is\n// not registered in this namespace, so it is no code symbol.\nconst LegacyAuthCode = %d\n", ns.legacy)
	return []byte(b.String())
}

// errsSrc declares package-level errors: code symbols by construction.
func (g *generator) errsSrc(ns *namespace) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "// Package errs holds the prebuilt errors of the %s namespace.\npackage errs\n\nimport (\n\t\"net/http\"\n\n\t\"%s/apierr\"\n\t\"%s/%s/codes\"\n)\n\nvar (\n",
		ns.name, Module, Module, ns.name)
	for _, v := range ns.errVars {
		fmt.Fprintf(&b, "\t%s = apierr.New(http.%s, codes.%s, %q)\n", v.ident, httpNames[v.code.status], v.code.ident,
			strings.ToLower(strings.TrimPrefix(v.ident, "Err")))
		g.m.Constructions["package variable"]++
	}
	b.WriteString(")\n")
	return []byte(b.String())
}
