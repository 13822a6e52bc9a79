"""re stub"""
