(let [response (client/get "https://api.example.com/trace"
                           {:headers {"accept" "application/json"
                                      "x-trace" ["one" "two, three"]
                                      "Cookie" "session={sessionId}; theme=dark"}
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
