(def payload "{
  \"id\": 9007199254740993,
  \"ratio\": 2.0,
  \"__proto__\": \"kept\"
}")

(let [response (client/post "https://api.example.com/ids"
                            {:headers {"Content-Type" "application/json"}
                             :body payload
                             :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
