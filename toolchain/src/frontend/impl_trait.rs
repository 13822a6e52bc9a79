//! `impl Trait` in argument position is a generic parameter without a name: `fn f(x: impl
//! Display)` is `fn f<__Impl0: Display>(x: __Impl0)`. This rewrite runs on every parsed file,
//! before items are loaded, so the rest of the translator sees only ordinary generics.
//! (`impl Trait` in return position is left alone and reported where it is used.)

use syn::visit_mut::VisitMut;

pub fn desugar(file: &mut syn::File) {
    Desugar.visit_file_mut(file);
}

struct Desugar;

/// Replaces each `impl Bounds` inside `t` by a fresh parameter, collecting its bounds.
struct Collect {
    next: usize,
    found: Vec<(syn::Ident, syn::punctuated::Punctuated<syn::TypeParamBound, syn::Token![+]>)>,
}

impl VisitMut for Collect {
    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        if let syn::Type::ImplTrait(it) = t {
            let span = it.impl_token.span;
            let name = syn::Ident::new(&format!("__Impl{}", self.next), span);
            self.next += 1;
            let bounds = it.bounds.clone();
            self.found.push((name.clone(), bounds));
            *t = syn::Type::Path(syn::TypePath { qself: None, path: name.into() });
            return;
        }
        // Function pointer types name their own (unsupported) parameters.
        if matches!(t, syn::Type::BareFn(_)) {
            return;
        }
        syn::visit_mut::visit_type_mut(self, t);
    }
}

impl VisitMut for Desugar {
    fn visit_signature_mut(&mut self, sig: &mut syn::Signature) {
        let mut c = Collect { next: 0, found: vec![] };
        for input in sig.inputs.iter_mut() {
            if let syn::FnArg::Typed(pt) = input {
                c.visit_type_mut(&mut pt.ty);
            }
        }
        for (name, bounds) in c.found {
            let mut tp = syn::TypeParam::from(name);
            tp.colon_token = Some(Default::default());
            tp.bounds = bounds;
            sig.generics.params.push(syn::GenericParam::Type(tp));
        }
        if sig.generics.lt_token.is_none() && !sig.generics.params.is_empty() {
            sig.generics.lt_token = Some(Default::default());
            sig.generics.gt_token = Some(Default::default());
        }
    }
}
