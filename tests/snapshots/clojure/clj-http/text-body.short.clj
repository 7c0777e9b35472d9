(def payload "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n")

(let [response (client/put "https://api.example.com/notes/1"
                           {:headers {"Content-Type" "text/plain; charset=utf-8"}
                            :body payload
                            :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
