(let [response (client/get "https://api.example.com/api"
                           {:headers {"authorization" "Bearer ACCESS_TOKEN"
                                      "content-type" "application/json"
                                      "content-language" "en"}
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
