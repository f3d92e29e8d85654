package handler // want package:"constructs"

import (
	"net/http"

	"shop/apierr"
	"shop/user/errs"
	"shop/web"
)

func good(c *web.Context) error {
	c.Fail(http.StatusBadRequest, errs.CodeNameTaken, "注册用户名已存在")
	_ = apierr.New(500, errs.CodeUnknownDB, "未知数据库错误")
	_ = apierr.BadRequest(40000003, "密码错误")
	return errs.ErrUserNotFound
}

func bad(c *web.Context) {
	c.Fail(401, errs.CodeNameTaken, "")                 // want `status 401 does not match error code 40000001 \(registered with 400\)`
	_ = apierr.New(400, 40000006, "")                  // want `error code 40000006 is not registered in namespace user \(it is registered in platform\)`
	_ = apierr.New(400, 40000002, "您填写的集群配置信息无法通过验证，请您确认相关集群配置") // want `message ".*" is the name of error code 40000002 in namespace platform, not of error code 40000002 in namespace user`
	_ = apierr.Unauthorized(40000003)                  // want `error code 40000003 \(registered with 400\) used with Unauthorized, which fixes status 401`
	_ = apierr.Custom(40000001, "")                    // want `error code 40000001 \(registered with 400\) used with Custom, which fixes status 404`
	_ = apierr.Directed("", 500, 40000001)             // want `status 500 does not match error code 40000001 \(registered with 400\)`
	_ = apierr.FromCode(49900001)                      // want `error code 49900001 is not registered in namespace user`
}
