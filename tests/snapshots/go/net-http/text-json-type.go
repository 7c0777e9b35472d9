package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

func main() {
	payload := " foo/bar \n"

	req, err := http.NewRequest(http.MethodPost, "https://api.example.com/raw", strings.NewReader(payload))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("content-type", "application/json")

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
