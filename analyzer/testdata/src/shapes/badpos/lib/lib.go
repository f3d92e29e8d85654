package lib

func Any(status int, v any)                 {}
func Body(status int, body struct{ C int }) {}
func Str(status int, code string)           {}
func Same(code int)                         {}
func NoDefault(status, code int)            {}
func IntMap(status int, m map[int]int)      {}
func NotLit(status int)                     {}

type R struct {
	Code int    `json:"code"`
	Msg  string `json:"msg"`
}

func Resp1(status int, r R)  {}
func Resp2(status int, r R)  {}
func Resp3(status int, r *R) {}

type Reply struct {
	Status string
	Code   int
}

func Iface(status int, code error, msg int) {}
