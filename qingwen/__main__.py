from qingwen.cli import main

main()
