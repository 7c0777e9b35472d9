(let [response (client/head "https://api.example.com/items/42"
                            {:throw-exceptions false})]
  (println (:status response))
  ;; A HEAD response has no body.
  (println (:headers response)))
