(def payload " foo/bar \n")

(let [response (client/post "https://api.example.com/raw"
                            {:headers {"content-type" "application/json"}
                             :body payload
                             :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
