// esbuild bundles stylesheets imported for their side effect into main.css.
declare module '*.css';
