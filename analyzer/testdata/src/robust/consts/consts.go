// Package consts reads status and code values of every constant form. // want package:"constructs" package:"statuses\\(-1:400=1 0:400=1 4611686018427387904:400=1\\)"
package consts

import (
	"net/http"

	"robust/consts/codes"
)

func NewError(httpCode, errorCode int, msg string) error { return nil }

// NewTyped takes typed parameters: integers underneath.
func NewTyped(httpCode codes.Status, errorCode codes.Code) error { return nil }

// NewWide takes other integer types.
func NewWide(httpCode uint16, errorCode int64) error { return nil }

type Code int

const typed Code = 40100002

const (
	iotaFirst = 40100001 + iota
	iotaSecond
	iotaThird
)

const (
	_ Code = 40300000 + iota
	forbiddenOne
	forbiddenTwo
)

func good() {
	_ = NewError(401, int(typed), "")
	_ = NewError(401, iotaSecond, "")
	_ = NewError(403, int(forbiddenTwo), "")
	_ = NewError(401, 40000000+100002, "")
	_ = NewError(401, int(int64(40100002)), "")
	_ = NewError(http.StatusUnauthorized, codes.TokenExpired, "")
	_ = NewError(codes.BadStatus, 40000001, "")
	_ = NewError(400+len("x"), 40100002, "")
	_ = NewError(401, int(4.01e7+2), "")
	_ = NewError((401), (40100002), "")
	_ = NewError(0x191, 0x263e0a2, "")
	_ = NewError(401, 40100000|2, "")
	_ = NewWide(401, 40100002)
	_ = NewTyped(codes.Unauthorized, 40100002)
	_ = NewTyped(401, codes.Code(typed))
	const local = 40400001
	_ = NewError(http.StatusNotFound, local, "")
}

func bad() {
	_ = NewError(400, int(typed), "")                           // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, iotaSecond, "")                           // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, iotaThird, "")                            // want `status 400 does not match error code 40100003 \(registered with 401\)`
	_ = NewError(401, int(forbiddenOne), "")                    // want `status 401 does not match error code 40300001 \(registered with 403\)`
	_ = NewError(400, 40000000+100002, "")                      // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, int(int64(40100002)), "")                 // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(http.StatusBadRequest, codes.TokenExpired, "") // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(codes.BadStatus, int(codes.Forbidden), "")     // want `status 400 does not match error code 40300001 \(registered with 403\)`
	_ = NewError(400+len("xyz"), 40100002, "")                  // want `status 403 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, int(4.01e7+2), "")                        // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError((400), (40100002), "")                         // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(0x190, 0x263e0a2, "")                          // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewTyped(codes.Unauthorized, codes.Forbidden)           // want `status 401 does not match error code 40300001 \(registered with 403\)`
	_ = NewTyped(400, 40100002)                                 // want `status 400 does not match error code 40100002 \(registered with 401\)`
	_ = NewWide(200, 40300002)                                  // want `status 200 does not match error code 40300002 \(registered with 403\)`
	_ = NewError(400, -1, "")                                   // want `error code -1 is not registered in the catalog`
	_ = NewError(400, 0, "")                                    // want `error code 0 is not registered in the catalog`
	_ = NewError(1<<20, 40100002, "")                           // want `status 1048576 does not match error code 40100002 \(registered with 401\)`
	_ = NewError(400, 1<<62, "")                                // want `error code 4611686018427387904 is not registered in the catalog`
	_ = NewWide(0, 9223372036854775807)                         // want `error code 9223372036854775807 is not registered`
	const local = 40400001
	_ = NewError(http.StatusGone, local, "") // want `status 410 does not match error code 40400001 \(registered with 404\)`
}
