// Package fixes holds the suggested fixes of the new shapes: a status // want package:"constructs"
// beside a code in a literal argument, a mapper's case and entry.
package fixes

import (
	"shapes/gin"
	"shapes/httpx"
)

func handle(c *gin.Context, w httpx.Writer) {
	c.JSON(400, gin.H{"code": 40100002})                     // want `status 400 does not match error code 40100002 \(registered with 401\)`
	httpx.WriteJson(w, 404, httpx.Error(40300001, "denied")) // want `status 404 does not match error code 40300001 \(registered with 403\)`
}

// Code is an error code whose status a mapper gives.
type Code int // want Code:"mapper\\(Status default=500 cases=1\\)"

// Status is a mapper by directive.
//
//errcodecheck:mapper
func Status(c Code) int {
	switch c {
	case 40400001:
		return 400 // want `status 400 does not match error code 40400001 \(registered with 404\)`
	}
	return 500
}

//errcodecheck:mapper
var statusOf = map[Code]int{
	40100002: 403, // want `status 403 does not match error code 40100002 \(registered with 401\)`
}
