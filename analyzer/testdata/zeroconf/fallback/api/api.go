// Package api uses the service's own codes. // want package:"constructs" package:"statuses\\(100001:400=1 410108:404=1 420301:409=1 40400099:500=1\\)"
// The embedded catalog does not know them: with no configuration, none of
// them is reported.
package api

import "example.com/fallback/apperr"

const (
	UserNotFound = 410108 // served with 404 on purpose: prefix 410 means nothing here
	OrderClosed  = 420301
)

func errs() []*apperr.Error {
	return []*apperr.Error{
		apperr.New(404, UserNotFound, "user not found"),
		apperr.New(409, OrderClosed, "order closed"),
		{StatusCode: 400, ErrCode: 100001, Msg: "bad request"},
		// 8 digits, prefix 404 against status 500, unknown to the embedded
		// catalog: still nothing, as its silence means nothing here.
		apperr.New(500, 40400099, "gone"),
		// A code the embedded catalog does register (40100002, 401) is
		// checked as usual.
		apperr.New(400, 40100002, "token expired"), // want `status 400 does not match error code 40100002 \(registered with 401\)`
	}
}
