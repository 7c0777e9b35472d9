package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	file, err := os.Open("{payloadPath}")
	if err != nil {
		log.Fatal(err)
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		log.Fatal(err)
	}

	req, err := http.NewRequest(http.MethodPut, "https://api.example.com/v1/blobs/42", file)
	if err != nil {
		log.Fatal(err)
	}
	req.ContentLength = info.Size() // so the file goes out with a Content-Length, not chunked
	req.Header.Set("Content-Type", "application/octet-stream")

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()

	resBody, err := io.ReadAll(res.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status)
	fmt.Println(string(resBody))
}
