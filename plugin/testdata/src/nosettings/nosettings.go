// Package nosettings is checked by the .errcodecheck.yml beside it when // want package:"constructs"
// the plugin has no settings: its catalog, not the embedded one.
package nosettings

func NewError(httpCode, errorCode int, msg string) error { return nil }

func f() {
	_ = NewError(400, 40000001, "") // good
	_ = NewError(401, 40000001, "") // want `^status-mismatch: status 401 does not match error code 40000001 \(registered with 400\)`
	_ = NewError(401, 40100002, "") // want `^unknown-code: error code 40100002 is not registered in the catalog`
}
