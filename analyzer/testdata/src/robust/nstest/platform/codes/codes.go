// Package codes holds platform code symbols. // want package:"constructs"
package codes

const ClusterConfigInvalid = 40000002 // platform: 您填写的集群配置信息无法通过验证

// Not code symbols: constants that are no integers, or too large for a
// code, and a type.
const (
	Name  = "40000002"
	Huge  = 1 << 70
	Ratio = 40000002.5
)

type Kind int

func NewError(httpCode, errorCode int, msg string) error { return nil }

var ErrResourceExists = NewError(400, 40000003, "") // want ErrResourceExists:"code\\(40000003\\)"
