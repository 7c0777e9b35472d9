(let [response (client/delete "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose"
                              {:throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
