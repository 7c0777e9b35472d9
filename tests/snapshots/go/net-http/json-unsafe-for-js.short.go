payload := `{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}`

req, err := http.NewRequest(http.MethodPost, "https://api.example.com/ids", strings.NewReader(payload))
if err != nil {
	log.Fatal(err)
}
req.Header.Set("Content-Type", "application/json")

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
