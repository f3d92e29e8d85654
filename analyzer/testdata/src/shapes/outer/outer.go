// Package outer passes code-only constructions to a writer that sets the // want package:"constructs"
// status: the inner code is checked with the outer status.
package outer

import (
	"shapes/apierr"
	"shapes/httpx"
	"shapes/mapper"
)

// badRequest passes its body on with status 400: a nested wrapper, whose
// callers' constructions get 400.
func badRequest(w httpx.Writer, body *httpx.Body) { // want badRequest:"wrapper\\(status=400 nested=arg1\\)"
	httpx.WriteJson(w, 400, body)
}

func handle(w httpx.Writer, bodies []*httpx.Body) {
	httpx.WriteJson(w, 401, httpx.Error(40100002, "token invalid")) // good
	httpx.WriteJson(w, 400, httpx.Error(40100002, "token invalid")) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	httpx.WriteJson(w, 400, httpx.Error(40000099, ""))              // want `error code 40000099 is not registered in the catalog`
	httpx.WriteJson(w, 400, httpx.Error(40000003, "密码长度小于6位"))      // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000003`

	err := httpx.Error(40300001, "forbidden") // a local assigned once stands for its construction
	httpx.WriteJson(w, 404, err)              // want `status 404 does not match error code 40300001 \(registered with 403\)`

	httpx.WriteJson(w, 400, 40100002)                             // want `status 400 does not match error code 40100002 \(registered with 401\)`
	httpx.WriteJson(w, 200, httpx.Error(0, "ok"))                 // success
	httpx.WriteJson(w, 400, bodies[0])                            // not a construction: nothing is known
	httpx.WriteJson(w, 400, &httpx.Body{Code: 40100002, Msg: ""}) // a literal of an unconfigured type: not a construction
}

func viaWrapper(w httpx.Writer) {
	badRequest(w, httpx.Error(40000001, "")) // good
	badRequest(w, httpx.Error(40100002, "")) // want `error code 40100002 \(registered with 401\) used with badRequest, which fixes status 400`
}

// The outer status wins over the inner constructor's default-status and
// over a mapper's default: neither is reported at the inner call.
func overrides(w httpx.Writer) {
	httpx.WriteJson(w, 400, apierr.New(40000001, "")) // good
	httpx.WriteJson(w, 400, mapper.New(40000001, "")) // good
	httpx.WriteJson(w, 401, mapper.New(40000001, "")) // want `status 401 does not match error code 40000001 \(registered with 400\)`
	_ = mapper.New(40000001, "")                      // want `error code 40000001 \(registered with 400\) has no case in \(\*Error\).StatusCode, whose default status is 500`
}
