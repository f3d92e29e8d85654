// Package callers uses the wrappers of packages wrappers and wrappers/inner: // want package:"constructs"
// they are constructors here only through the facts those packages export.
package callers

import (
	"wrappers"
	"wrappers/inner"
)

func good(h *wrappers.Handler) {
	_ = wrappers.NewError(400, 40000001, "注册用户名已存在")
	_ = wrappers.BadRequest(40000003, "")
	_ = wrappers.Forbidden(40300002)
	_ = wrappers.FromCode(50000004)
	_ = wrappers.Reordered("", 404, 40400003)
	_ = wrappers.Formatted(412, 41200005, "%d", 1)
	_ = wrappers.G(40000019, struct{}{})
	_ = wrappers.G[int](40000018, 7)
	_ = wrappers.Literal(40400002)
	_ = h.Fail(401, 40100004)
	_ = wrappers.Handler{}.NotFound(40400001)
	_ = wrappers.Box[string]{}.Internal(50000008)
	_ = inner.Forbid3(40300001)
	_ = inner.Forbid2(40300002)
	_ = inner.Derived(41200011)
	_ = inner.Message(40000001, "您发送的请求参数或格式不符合要求，请您确认相关请求接口的规范")
	_ = inner.Method(h, 403, 40300001)
	_ = inner.Generic(40000017)
}

// notWrappers are never constructors, whatever their arguments.
func notWrappers() {
	_ = wrappers.StatusOnly(500)
	_ = wrappers.MessageOnly("")
	_ = wrappers.Unrelated(40100099)
	_ = wrappers.Reassigned(40100099)
	_ = wrappers.Incremented(40100099)
	_ = wrappers.OpAssigned(40100099)
	_ = wrappers.TupleAssigned(40100099)
	_ = wrappers.AddressTaken(40100099)
	_ = wrappers.Scanned(40100099, "")
	_ = wrappers.Shadowed(40100099)
	_ = inner.NotChained(40100099)
}

func bad(h *wrappers.Handler) {
	_ = wrappers.NewError(401, 40000001, "")                    // want `status 401 does not match error code 40000001 \(registered with 400\)`
	_ = wrappers.NewError(400, 40000099, "")                    // want `error code 40000099 is not registered in the catalog`
	_ = wrappers.BadRequest(40100002, "")                       // want `error code 40100002 \(registered with 401\) used with BadRequest, which fixes status 400`
	_ = wrappers.BadRequest(40100099, "")                       // want `error code 40100099 is not registered in the catalog` `error code 40100099 \(prefix 401\) used with BadRequest, which fixes status 400`
	_ = wrappers.FromCode(40400099)                             // want `^error code 40400099 is not registered in the catalog$`
	_ = wrappers.Reordered("", 500, 40400003)                   // want `status 500 does not match error code 40400003 \(registered with 404\)`
	_ = wrappers.Formatted(400, 41200005, "%d", 1)              // want `status 400 does not match error code 41200005 \(registered with 412\)`
	_ = wrappers.G(40100001, "")                                // want `error code 40100001 \(registered with 401\) used with G, which fixes status 400`
	_ = wrappers.G[float64](40100001, 1)                        // want `error code 40100001 \(registered with 401\) used with G, which fixes status 400`
	_ = wrappers.Literal(40300001)                              // want `error code 40300001 \(registered with 403\) used with Literal, which fixes status 404`
	_ = h.Fail(400, 40100004)                                   // want `status 400 does not match error code 40100004 \(registered with 401\)`
	_ = (*wrappers.Handler).Fail(h, 400, 40100004)              // want `status 400 does not match error code 40100004 \(registered with 401\)`
	_ = wrappers.Handler{}.NotFound(40000001)                   // want `error code 40000001 \(registered with 400\) used with NotFound, which fixes status 404`
	_ = wrappers.Handler.NotFound(wrappers.Handler{}, 40000001) // want `error code 40000001 \(registered with 400\) used with NotFound, which fixes status 404`
	_ = wrappers.Box[int]{}.Internal(40000001)                  // want `error code 40000001 \(registered with 400\) used with Internal, which fixes status 500`
	_ = inner.Forbid3(40100001)                                 // want `error code 40100001 \(registered with 401\) used with Forbid3, which fixes status 403`
	_ = inner.Forbid2(40100001)                                 // want `error code 40100001 \(registered with 401\) used with Forbid2, which fixes status 403`
	_ = inner.Derived(40000099)                                 // want `error code 40000099 is not registered in the catalog`
	_ = inner.Message(40000002, "密码长度小于6位")                     // no namespace here: the user text is a name of 40000002 too
	_ = inner.Message(40000003, "密码长度小于6位")                     // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000003`
	_ = inner.Method(h, 401, 40300001)                          // want `status 401 does not match error code 40300001 \(registered with 403\)`
	_ = inner.Generic(40400001)                                 // want `error code 40400001 \(registered with 404\) used with Generic, which fixes status 400`
	_ = wrappers.TooLarge(40000001)                             // want `error code 40000001 \(registered with 400\) used with TooLarge, which fixes status 40000$`
	_ = wrappers.Conflict(40900001 - 40900001 + 40000001)       // want `error code 40000001 \(registered with 400\) used with Conflict, which fixes status 409`
}

// Non-constant codes and statuses are never reported.
func nonConstant(h *wrappers.Handler, codes map[string]int) {
	code := codes["x"]
	_ = wrappers.BadRequest(code, "")
	_ = h.Fail(code, 40100004)
	_ = inner.Forbid3(code)
}

// Forwarding is a wrapper here too: callers of callers would see it.
func Forwarding(code int) error { // want Forwarding:"wrapper\\(status=403 code=arg0\\)"
	return inner.Forbid3(code)
}
