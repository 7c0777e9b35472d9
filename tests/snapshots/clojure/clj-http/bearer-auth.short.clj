(let [response (client/get "https://{apiHost}/v1/me"
                           {:headers {"Authorization" "Bearer {token}"}
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
