// Package handler writes its errors as gin bodies: the code and message // want package:"constructs"
// live inside the composite literal (config code: 1.code, message: 1.msg).
package handler

import "shapes/gin"

// Resp is the service's response body; its json tags name the keys.
type Resp struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
	Data any    `json:"data,omitempty"`
}

const (
	userExists   = 40000001
	tokenInvalid = 40100002
)

func register(c *gin.Context, data any) {
	c.JSON(400, gin.H{"code": userExists, "msg": "注册用户名已存在"})  // good
	c.JSON(400, gin.H{"code": 40100002, "msg": "token"})       // want `status 400 does not match error code 40100002 \(registered with 401\)`
	c.JSON(401, gin.H{"msg": "no code", "code": tokenInvalid}) // good: keys in any order
	c.JSON(400, gin.H{"code": 40000099})                       // want `error code 40000099 is not registered in the catalog`
	c.JSON(400, gin.H{"code": 40000003, "msg": "密码长度小于6位"})    // want `message "密码长度小于6位" is the name of error code 40000002 in namespace user, not of error code 40000003`
	c.JSON(200, gin.H{"code": 0, "msg": "ok", "data": data})   // a success response: never reported
	c.JSON(200, gin.H{"code": 200, "data": data})              // nor with 200
	c.JSON(200, gin.H{"data": data})                           // no code: not an error construction
	c.JSON(400, gin.H{"Code": 40100002})                       // keys are exact: "Code" is not "code"

	c.JSON(400, Resp{Code: tokenInvalid, Msg: "token"}) // want `status 400 does not match error code 40100002 \(registered with 401\)`
	c.JSON(401, &Resp{Code: tokenInvalid})              // good
	c.JSON(400, Resp{40100002, "token", nil})           // want `status 400 does not match error code 40100002 \(registered with 401\)`
	c.JSON(200, Resp{Code: 0, Data: data})              // success
	c.JSON(400, map[string]int{"code": 40100002})       // want `status 400 does not match error code 40100002 \(registered with 401\)`
	c.JSON(400, map[string]any{"code": userExists + 1}) // good: constant arithmetic, 40000002
	c.JSON(400, data)                                   // not a literal: nothing is known
}

// fail forwards its parameters inside the body literal: a wrapper for its
// callers, with the status and code of the body (status=arg1 code=arg2).
func fail(c *gin.Context, status, code int, msg string) { // want fail:`wrapper\(status=arg1 code=arg2 message=arg3\)`
	c.JSON(status, gin.H{"code": code, "msg": msg})
}

// badRequest fixes the status and forwards the code inside a Resp.
func badRequest(c *gin.Context, code int) { // want badRequest:`wrapper\(status=400 code=arg1\)`
	c.JSON(400, Resp{Code: code})
}

func useWrappers(c *gin.Context) {
	fail(c, 401, tokenInvalid, "token") // good
	fail(c, 400, 40100002, "token")     // want `status 400 does not match error code 40100002 \(registered with 401\)`
	badRequest(c, userExists)           // good
	badRequest(c, tokenInvalid)         // want `error code 40100002 \(registered with 401\) used with badRequest, which fixes status 400`
}
