package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
)

func main() {
	// url.Values.Encode would sort the fields; joining keeps the spec's order.
	payload := strings.Join([]string{
		"grant_type=" + url.QueryEscape("client_credentials"),
		"client_id=" + url.QueryEscape("{yourClientId}"),
		"client_secret=" + url.QueryEscape("{yourClientSecret}"),
		"audience=" + url.QueryEscape("YOUR_API_IDENTIFIER"),
	}, "&")

	req, err := http.NewRequest(http.MethodPost, "https://{yourDomain}/oauth/token", strings.NewReader(payload))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("content-type", "application/x-www-form-urlencoded")

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
