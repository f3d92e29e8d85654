package lib

// Flat returns the status without a switch.
func Flat(code int) int { return code / 100000 }

// StatusOf is a good mapper, so that the package is analyzed.
func StatusOf(code int) int {
	switch code {
	case 40400001:
		return 404
	}
	return 500
}

var table = []int{404}

var good = map[int]int{40400001: 404}
