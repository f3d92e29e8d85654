module example.com/shop

go 1.26.0

require (
	github.com/aymanbagabas/go-udiff v0.4.2 // indirect
	github.com/errcodecheck/errcodecheck v0.0.0 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	golang.org/x/tools v0.52.0 // indirect
)

// The example runs the errcodecheck of this checkout.
replace github.com/errcodecheck/errcodecheck => ../

tool github.com/errcodecheck/errcodecheck/cmd/errcodecheck
