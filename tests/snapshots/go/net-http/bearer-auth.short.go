req, err := http.NewRequest(http.MethodGet, "https://{apiHost}/v1/me", nil)
if err != nil {
	log.Fatal(err)
}
req.Header.Set("Authorization", "Bearer {token}")

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
