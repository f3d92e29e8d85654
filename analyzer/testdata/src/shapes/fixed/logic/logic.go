// Package logic returns xerr errors, as a go-zero logic layer does. // want package:"constructs"
package logic

import "shapes/fixed/xerr"

func find(id int) error {
	if id < 0 {
		return xerr.NewErrMsg("请求参数错误") // good: the name of 100001
	}
	if id == 0 {
		// A real service sent 100001 with the text of 100004.
		return xerr.NewErrMsg("记录不存在") // want `message "记录不存在" is the name of error code 100004 in namespace default, not of error code 100001 in namespace default`
	}
	if id == 1 {
		return xerr.NewErrMsg("id must be positive") // free text: not the check's business
	}
	if id == 2 {
		return xerr.NewErrStatus(404, "") // want `status 404 does not match error code 100001 \(registered with 400\)`
	}
	if id == 3 {
		return xerr.NotFound("令牌已过期") // want `message "令牌已过期" is the name of error code 100002 in namespace default, not of error code 100004 in namespace default`
	}
	if id == 4 {
		return xerr.Expired() // want `error code 100002 \(registered with 401\) used with Expired, which fixes status 400`
	}
	if id == 5 {
		return xerr.NewErrCodeMsg(100002, "") // want `error code 100002 \(registered with 401\) used with NewErrCodeMsg without a status, which defaults to 400`
	}
	return xerr.NewErrStatus(400, "请求参数错误") // good
}

var (
	_ = xerr.ParamError{Status: 400, Msg: "请求参数错误"} // good
	_ = xerr.ParamError{Status: 404}                // want `status 404 does not match error code 100001 \(registered with 400\)`
	_ = &xerr.ParamError{400, "数据库繁忙"}              // want `message "数据库繁忙" is the name of error code 100003 in namespace default, not of error code 100001 in namespace default`
)
