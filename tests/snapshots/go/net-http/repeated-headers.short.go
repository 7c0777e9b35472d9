req, err := http.NewRequest(http.MethodGet, "https://api.example.com/trace", nil)
if err != nil {
	log.Fatal(err)
}
req.Header.Set("accept", "application/json")
req.Header.Set("x-trace", "one")
req.Header.Add("X-Trace", "two, three")
req.Header.Set("Cookie", "session={sessionId}; theme=dark")

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
