package fixpkghttp

var http = "not net/http"
