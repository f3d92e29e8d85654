// Package defaults calls constructors whose status is variadic. // want package:"constructs"
package defaults

import "shapes/apierr"

const tokenInvalid = 40100002

func handlers(statuses []int) {
	// A real service omitted the status on an error registered with 401:
	// the client got 200.
	_ = apierr.New(tokenInvalid, "token invalid")       // want `error code 40100002 \(registered with 401\) used with New without a status, which defaults to 200`
	_ = apierr.New(40100002, "token invalid", 401)      // good
	_ = apierr.New(40100002, "token invalid", 400)      // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = apierr.New(40100002, "token invalid", 401, 500) // the first status is the one
	_ = apierr.New(40100002, "", statuses...)           // not known one by one: not checked
	_ = apierr.New(0, "ok")                             // success codes are no errors
	_ = apierr.New(200, "ok")                           // nor is 200
	_ = apierr.New(40100099, "", 401)                   // want `error code 40100099 is not registered in the catalog`
	_ = apierr.New(40100099, "")                        // want `error code 40100099 is not registered` `error code 40100099 \(prefix 401\) used with New without a status, which defaults to 200`

	// The directive form, through its fact.
	_ = apierr.Fail(40100002, "")      // want `error code 40100002 \(registered with 401\) used with Fail without a status, which defaults to 200`
	_ = apierr.Fail(40100002, "", 401) // good

	// Wrappers carry the status they pass, or the default they get.
	_ = apierr.Unauthorized(40100002) // good
	_ = apierr.Quiet(40100002)        // want `error code 40100002 \(registered with 401\) used with Quiet, which fixes status 200`
}
